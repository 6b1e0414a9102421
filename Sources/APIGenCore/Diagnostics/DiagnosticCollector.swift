/// Gathers diagnostics from every stage; nothing stops at the first mistake.
public struct DiagnosticCollector: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// Records a finding at `location`; its wording comes from `kind`.
    public mutating func append(_ kind: DiagnosticMessage, at location: SourceLocation, notes: [Diagnostic] = []) {
        diagnostics.append(Diagnostic(kind, at: location, notes: notes))
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Sorted and without exact repeats (an alias reached twice must not report twice).
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.sorted().filter { seen.insert($0).inserted }
    }
}
