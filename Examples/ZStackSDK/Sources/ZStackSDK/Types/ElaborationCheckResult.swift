/// 错误码文件检查结果
public nonisolated struct ElaborationCheckResult: Codable, Sendable, Hashable {
    /// 不合格的文件名
    public var fileName: String?

    /// 不合格的内容
    public var content: String?

    /// 不合格原因
    public var reason: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - fileName: 不合格的文件名
    ///   - content: 不合格的内容
    ///   - reason: 不合格原因
    public init(fileName: String? = nil, content: String? = nil, reason: String? = nil) {
        self.fileName = fileName
        self.content = content
        self.reason = reason
    }

    private enum CodingKeys: String, CodingKey {
        case fileName = "fileName"
        case content = "content"
        case reason = "reason"
    }
}
