"""Case files: the documents of one crisis read together. Membership and analysis (with the
store's extraction cache), search, actors merged across sources, claims by speaker, the figure
ledger of incidents and the case brief."""
