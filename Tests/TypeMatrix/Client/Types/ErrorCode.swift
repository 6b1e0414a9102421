/// Error code
public nonisolated struct ErrorCode: Codable, Sendable, Hashable {
    /// Error code
    public var code: String?

    /// Brief description
    public var description: String?

    /// Details
    public var details: String?

    /// Reserved
    public var opaque: MatrixJSONValue?

    /// Root cause
    public var cause: ErrorCode? {
        get { causeStorage?.wrapped }
        set { causeStorage = newValue.map(MatrixIndirect.init) }
    }

    private var causeStorage: MatrixIndirect<ErrorCode>?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - code: Error code
    ///   - description: Brief description
    ///   - details: Details
    ///   - opaque: Reserved
    ///   - cause: Root cause
    public init(
        code: String? = nil,
        description: String? = nil,
        details: String? = nil,
        opaque: MatrixJSONValue? = nil,
        cause: ErrorCode? = nil
    ) {
        self.code = code
        self.description = description
        self.details = details
        self.opaque = opaque
        self.causeStorage = cause.map(MatrixIndirect.init)
    }

    private enum CodingKeys: String, CodingKey {
        case code = "code"
        case description = "description"
        case details = "details"
        case opaque = "opaque"
        case causeStorage = "cause"
    }
}
