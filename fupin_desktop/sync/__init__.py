"""USB sync packages: keys, the encrypted and signed package file, change tracking, merge, backups.

Core only (no Qt). The layers, bottom up:

- ``keys``       device keys (Ed25519 signing + age x25519), fingerprints, join requests
- ``trust``      the TrustedKey table: county, escrow and enrolled laptops
- ``envelope``   the plain first line + age ciphertext; tells incomplete / damaged / not-for-us apart
- ``fileio``     verified writes (.partial, fsync, rename, re-read SHA-256)
- ``container``  the zip inside: manifest, signature, data parts; read defensively in memory
- ``rows``       per-table column codecs and row validation
- ``merge``      per-field merge of one record (pure)
- ``watermarks`` version vectors: what this installation holds, what each peer acknowledged
- ``exporter`` / ``importer``   the two use cases
- ``conflicts`` / ``duplicates`` / ``history``   review lists for the county office
- ``backups``    encrypted backups to a stick, restore, rotating daily copies
"""
