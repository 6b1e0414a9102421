/// Error code
public nonisolated struct ErrorCode: Codable, Sendable, Hashable {
    /// Error code number, a globally unique identifier of the error, for example SYS.1000, HOST.1001
    public var code: String?

    /// Brief description of the error
    public var description: String?

    /// Detailed error information
    public var details: String?

    /// Reserved field, defaults to null
    public var elaboration: String?

    /// Reserved field, defaults to null
    public var opaque: FixtureJSONValue?

    /// Root cause. The error that triggered the current error. If there is no original error, this field is null
    public var cause: ErrorCode? {
        get { causeStorage?.wrapped }
        set { causeStorage = newValue.map(FixtureIndirect.init) }
    }

    private var causeStorage: FixtureIndirect<ErrorCode>?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - code: Error code number, a globally unique identifier of the error, for example SYS.1000, HOST.1001
    ///   - description: Brief description of the error
    ///   - details: Detailed error information
    ///   - elaboration: Reserved field, defaults to null
    ///   - opaque: Reserved field, defaults to null
    ///   - cause: Root cause. The error that triggered the current error. If there is no original error, this field is
    ///     null
    public init(
        code: String? = nil,
        description: String? = nil,
        details: String? = nil,
        elaboration: String? = nil,
        opaque: FixtureJSONValue? = nil,
        cause: ErrorCode? = nil
    ) {
        self.code = code
        self.description = description
        self.details = details
        self.elaboration = elaboration
        self.opaque = opaque
        self.causeStorage = cause.map(FixtureIndirect.init)
    }

    private enum CodingKeys: String, CodingKey {
        case code = "code"
        case description = "description"
        case details = "details"
        case elaboration = "elaboration"
        case opaque = "opaque"
        case causeStorage = "cause"
    }
}
