import HTTPTypes

/// GetInterdependentL3NetworksBackupStorages
///
/// 获取内部依赖的L3网络或者镜像服务器信息
///
/// `GET /zstack/v1/backupStorage-l3networks/dependencies`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetInterdependentL3NetworksBackupStorages {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetInterdependentL3NetworksBackupStorages",
            method: .get,
            pathTemplate: "/zstack/v1/backupStorage-l3networks/dependencies",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 区域UUID
        public let zoneUuid: String

        /// 镜像存储UUID
        public let backupStorageUuid: String?

        /// The `l3NetworkUuids` field.
        public let l3NetworkUuids: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - zoneUuid: 区域UUID
        ///   - backupStorageUuid: 镜像存储UUID
        ///   - l3NetworkUuids: The `l3NetworkUuids` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            zoneUuid: String,
            backupStorageUuid: String? = nil,
            l3NetworkUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.zoneUuid = zoneUuid
            self.backupStorageUuid = backupStorageUuid
            self.l3NetworkUuids = l3NetworkUuids
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
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
            guard ZStackFieldwise.same(lhs.backupStorageUuid, rhs.backupStorageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.l3NetworkUuids, rhs.l3NetworkUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取内部依赖的L3网络或者镜像服务器信息
    ///
    /// An ``InventoriesReply`` of ``ZStackJSONValue``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoriesReply<ZStackJSONValue>
}

nonisolated extension ZStackClient {
    /// GetInterdependentL3NetworksBackupStorages
    ///
    /// 获取内部依赖的L3网络或者镜像服务器信息
    ///
    /// `GET /zstack/v1/backupStorage-l3networks/dependencies`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - zoneUuid: 区域UUID
    ///   - backupStorageUuid: 镜像存储UUID
    ///   - l3NetworkUuids: The `l3NetworkUuids` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取内部依赖的L3网络或者镜像服务器信息
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getInterdependentL3NetworksBackupStorages(
        zoneUuid: String,
        backupStorageUuid: String? = nil,
        l3NetworkUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetInterdependentL3NetworksBackupStorages.Response {
        try await getInterdependentL3NetworksBackupStorages(
            GetInterdependentL3NetworksBackupStorages.Request(
                zoneUuid: zoneUuid,
                backupStorageUuid: backupStorageUuid,
                l3NetworkUuids: l3NetworkUuids,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetInterdependentL3NetworksBackupStorages
    ///
    /// 获取内部依赖的L3网络或者镜像服务器信息
    ///
    /// `GET /zstack/v1/backupStorage-l3networks/dependencies`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取内部依赖的L3网络或者镜像服务器信息
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getInterdependentL3NetworksBackupStorages(
        _ request: GetInterdependentL3NetworksBackupStorages.Request
    ) async throws -> GetInterdependentL3NetworksBackupStorages.Response {
        let call = ZStackRequestBuilder(operation: GetInterdependentL3NetworksBackupStorages.operation)
        call.appendQueryItem("zoneUuid", value: request.zoneUuid)
        call.appendQueryItem("backupStorageUuid", value: request.backupStorageUuid)
        call.appendQueryItems("l3NetworkUuids", values: request.l3NetworkUuids)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
