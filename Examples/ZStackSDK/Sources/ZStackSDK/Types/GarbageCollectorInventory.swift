public import Foundation

/// `GarbageCollectorInventory`, as the API describes it.
public nonisolated struct GarbageCollectorInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// The `runnerClass` field.
    public var runnerClass: String?

    /// The `context` field.
    public var context: String?

    /// The `status` field.
    public var status: String?

    /// The `managementNodeUuid` field.
    public var managementNodeUuid: String?

    /// The `type` field.
    public var type: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - runnerClass: The `runnerClass` field.
    ///   - context: The `context` field.
    ///   - status: The `status` field.
    ///   - managementNodeUuid: The `managementNodeUuid` field.
    ///   - type: The `type` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        name: String? = nil,
        runnerClass: String? = nil,
        context: String? = nil,
        status: String? = nil,
        managementNodeUuid: String? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.runnerClass = runnerClass
        self.context = context
        self.status = status
        self.managementNodeUuid = managementNodeUuid
        self.type = type
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case runnerClass = "runnerClass"
        case context = "context"
        case status = "status"
        case managementNodeUuid = "managementNodeUuid"
        case type = "type"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
