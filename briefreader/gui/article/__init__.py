"""The article view: layout, marks, offsets, find."""
