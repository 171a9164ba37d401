"""Operations the GUI and the CLI share; each rule lives here once."""
