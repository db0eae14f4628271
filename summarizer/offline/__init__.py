"""The offline engine: linguistic cues, sources, the confidence rubric and the evidence
behind each label.
"""
