"""The model engine: the OpenAI-compatible client (the only module importing openai),
prompts, planning, tokens, prices, cache and answer parsing.
"""
