/// 错误
public nonisolated struct ErrorCode: Codable, Sendable, Hashable {
    /// 错误码号，错误的全局唯一标识，例如SYS.1000, HOST.1001
    public var code: String?

    /// 错误的概要描述
    public var description: String?

    /// 错误的详细信息
    public var details: String?

    /// 保留字段，默认为null
    public var elaboration: String?

    /// 根错误，引发当前错误的源错误，若无原错误，该字段为null
    public var cause: ErrorCode? {
        get { causeStorage?.wrapped }
        set { causeStorage = newValue.map(ZStackIndirect.init) }
    }

    private var causeStorage: ZStackIndirect<ErrorCode>?

    /// 保留字段，默认为null
    public var opaque: ZStackJSONValue?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - code: 错误码号，错误的全局唯一标识，例如SYS.1000, HOST.1001
    ///   - description: 错误的概要描述
    ///   - details: 错误的详细信息
    ///   - elaboration: 保留字段，默认为null
    ///   - cause: 根错误，引发当前错误的源错误，若无原错误，该字段为null
    ///   - opaque: 保留字段，默认为null
    public init(
        code: String? = nil,
        description: String? = nil,
        details: String? = nil,
        elaboration: String? = nil,
        cause: ErrorCode? = nil,
        opaque: ZStackJSONValue? = nil
    ) {
        self.code = code
        self.description = description
        self.details = details
        self.elaboration = elaboration
        self.causeStorage = cause.map(ZStackIndirect.init)
        self.opaque = opaque
    }

    private enum CodingKeys: String, CodingKey {
        case code = "code"
        case description = "description"
        case details = "details"
        case elaboration = "elaboration"
        case causeStorage = "cause"
        case opaque = "opaque"
    }
}
