/// What changed between two versions of an API, and whom each change breaks.
///
/// The wire verdict asks whether what worked keeps working: a call that a client built from the old version makes
/// must still be accepted and read the same by a server of the new version, and that server's replies must still be
/// readable by the old client. (A new client using something new against an old server is not a break: it needs
/// the new server.) The Swift source verdict asks whether code written against the client apigen generated from the
/// old version still compiles, and means the same, against the client generated from the new one.
public struct APIDiff: Sendable {
    public var old: APIModel
    public var new: APIModel

    public init(old: APIModel, new: APIModel) {
        self.old = old
        self.new = new
    }

    /// Every change, endpoints and types, ordered by where it is written (the new spec's position, or the old
    /// spec's for something removed), then by kind.
    public func changes() -> [APIChange] {
        var changes = endpointChanges() + typeChanges(sides: TypeSides(old: old, new: new))
        changes.sort { ($0.location, $0.kind, $0.message) < ($1.location, $1.kind, $1.message) }
        return changes
    }
}
