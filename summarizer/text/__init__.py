"""Text before labels: sentence segmentation with exact offsets, language, headlines, and the
word lists.
"""
