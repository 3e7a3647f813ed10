"""The household register: records and their saving, the household list and search, areas,
villages, cadres, counts, the recycle bin, and `fupin check` over all of it."""
