/// Where a model element was written.
///
/// Two elements that differ only in where they were written compare equal, which is what
/// "a second inline definition of a type must be identical to the first" means.
public struct Origin: Hashable, Sendable {
    public var location: SourceLocation

    public init(_ location: SourceLocation) { self.location = location }

    public static func == (lhs: Origin, rhs: Origin) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
