"""Item delegates: custom cell editors of the grid."""
