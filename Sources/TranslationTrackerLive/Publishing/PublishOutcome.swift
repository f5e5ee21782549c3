/// What a publish did, for the CLI's message (all exit 0).
package enum PublishOutcome: Sendable, Hashable {
    /// A new page holding just the block.
    case created(revision: Int)
    /// The block was replaced. `merged` when MediaWiki merged our edit with someone else's
    /// saved after our read, and a re-read confirmed the block is ours.
    case updated(revision: Int, previous: Int, merged: Bool)
    /// The page already holds this block.
    case upToDate(revision: Int)
}
