// AtomicFile, OutputFile, TerminalText and SpreadsheetCells moved down to
// InterchangeBase; re-exported so that code importing only PartnerRegistry
// (whose export API throws AtomicFile.WriteError) keeps compiling.
@_exported import InterchangeBase
