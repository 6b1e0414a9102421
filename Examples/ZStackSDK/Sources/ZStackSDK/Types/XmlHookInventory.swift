public import Foundation

/// 用户自定义xml hook
public nonisolated struct XmlHookInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// The `type` field.
    public var type: XmlHookType?

    /// xml hook脚本内容
    public var hookScript: String?

    /// The `libvirtVersion` field.
    public var libvirtVersion: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - type: The `type` field.
    ///   - hookScript: xml hook脚本内容
    ///   - libvirtVersion: The `libvirtVersion` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        type: XmlHookType? = nil,
        hookScript: String? = nil,
        libvirtVersion: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.type = type
        self.hookScript = hookScript
        self.libvirtVersion = libvirtVersion
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case type = "type"
        case hookScript = "hookScript"
        case libvirtVersion = "libvirtVersion"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
