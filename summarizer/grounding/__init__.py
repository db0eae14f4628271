"""Arbitration and grounding: whether a model's labels stand against the offline evidence,
and whether summary points and loaded phrases rest on the article.
"""
