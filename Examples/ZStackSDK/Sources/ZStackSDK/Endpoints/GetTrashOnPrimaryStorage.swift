import HTTPTypes

/// GetTrashOnPrimaryStorage
///
/// 获取主存储站上的回收数据列表
///
/// `GET /zstack/v1/primary-storage/trash`, synchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum GetTrashOnPrimaryStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetTrashOnPrimaryStorage",
            method: .get,
            pathTemplate: "/zstack/v1/primary-storage/trash",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 主存储UUID
        public let uuid: String

        /// 回收数据所属的资源的UUID，必须与resourceType搭配使用
        public let resourceUuid: String?

        /// 回收数据所属的资源的类型，必须与resourceUuid搭配使用
        public let resourceType: String?

        /// 发生回收的行为
        public let trashType: GetTrashOnPrimaryStorageTrashType?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 主存储UUID
        ///   - resourceUuid: 回收数据所属的资源的UUID，必须与resourceType搭配使用
        ///   - resourceType: 回收数据所属的资源的类型，必须与resourceUuid搭配使用
        ///   - trashType: 发生回收的行为
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            resourceUuid: String? = nil,
            resourceType: String? = nil,
            trashType: GetTrashOnPrimaryStorageTrashType? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.resourceUuid = resourceUuid
            self.resourceType = resourceType
            self.trashType = trashType
            self.systemTags = systemTags
            self.userTags = userTags
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.resourceType, rhs.resourceType) else { return false }
            guard ZStackFieldwise.same(lhs.trashType, rhs.trashType) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取主存储上的回收数据列表结果
    ///
    /// An ``InventoriesReply`` of ``InstallPathRecycleInventory``: the replies that differ only in that type share one
    /// generic type.
    ///
    /// - `inventories`: 回收数据清单
    public typealias Response = InventoriesReply<InstallPathRecycleInventory>
}

nonisolated extension ZStackClient {
    /// GetTrashOnPrimaryStorage
    ///
    /// 获取主存储站上的回收数据列表
    ///
    /// `GET /zstack/v1/primary-storage/trash`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: 主存储UUID
    ///   - resourceUuid: 回收数据所属的资源的UUID，必须与resourceType搭配使用
    ///   - resourceType: 回收数据所属的资源的类型，必须与resourceUuid搭配使用
    ///   - trashType: 发生回收的行为
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取主存储上的回收数据列表结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getTrashOnPrimaryStorage(
        uuid: String,
        resourceUuid: String? = nil,
        resourceType: String? = nil,
        trashType: GetTrashOnPrimaryStorageTrashType? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetTrashOnPrimaryStorage.Response {
        try await getTrashOnPrimaryStorage(
            GetTrashOnPrimaryStorage.Request(
                uuid: uuid,
                resourceUuid: resourceUuid,
                resourceType: resourceType,
                trashType: trashType,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetTrashOnPrimaryStorage
    ///
    /// 获取主存储站上的回收数据列表
    ///
    /// `GET /zstack/v1/primary-storage/trash`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取主存储上的回收数据列表结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getTrashOnPrimaryStorage(
        _ request: GetTrashOnPrimaryStorage.Request
    ) async throws -> GetTrashOnPrimaryStorage.Response {
        let call = ZStackRequestBuilder(operation: GetTrashOnPrimaryStorage.operation)
        call.appendQueryItem("uuid", value: request.uuid)
        call.appendQueryItem("resourceUuid", value: request.resourceUuid)
        call.appendQueryItem("resourceType", value: request.resourceType)
        call.appendQueryItem("trashType", value: request.trashType?.rawValue)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
