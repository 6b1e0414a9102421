/// 错误码内容
public nonisolated struct ElaborationContent: Codable, Sendable, Hashable {
    /// 错误码所属目录
    public var category: String?

    /// 错误码代号
    public var code: String?

    /// 错误码匹配关键字
    public var regex: String?

    /// 错误码内容中文
    public var messageCn: String?

    /// 错误码内容英文
    public var messageEn: String?

    /// 错误来源
    public var source: String?

    /// 匹配方法，distance(字符串比较)或regex(正则)
    public var method: String?

    /// 若使用distance匹配，此处为精确度(1为最精确)
    public var distance: Double?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - category: 错误码所属目录
    ///   - code: 错误码代号
    ///   - regex: 错误码匹配关键字
    ///   - messageCn: 错误码内容中文
    ///   - messageEn: 错误码内容英文
    ///   - source: 错误来源
    ///   - method: 匹配方法，distance(字符串比较)或regex(正则)
    ///   - distance: 若使用distance匹配，此处为精确度(1为最精确)
    public init(
        category: String? = nil,
        code: String? = nil,
        regex: String? = nil,
        messageCn: String? = nil,
        messageEn: String? = nil,
        source: String? = nil,
        method: String? = nil,
        distance: Double? = nil
    ) {
        self.category = category
        self.code = code
        self.regex = regex
        self.messageCn = messageCn
        self.messageEn = messageEn
        self.source = source
        self.method = method
        self.distance = distance
    }

    private enum CodingKeys: String, CodingKey {
        case category = "category"
        case code = "code"
        case regex = "regex"
        case messageCn = "message_cn"
        case messageEn = "message_en"
        case source = "source"
        case method = "method"
        case distance = "distance"
    }
}
