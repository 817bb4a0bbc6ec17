"""Templates: File > New from Template… and Settings > Templates."""
