import HTTPTypes

/// 获取主机本地存储容量(GetLocalStorageHostDiskCapacity)
///
/// 获取本地存储中物理机本地盘磁盘容量
///
/// `GET /zstack/v1/primary-storage/local-storage/{primaryStorageUuid}/capacities`, synchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum GetLocalStorageHostDiskCapacity {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetLocalStorageHostDiskCapacity",
            method: .get,
            pathTemplate: "/zstack/v1/primary-storage/local-storage/{primaryStorageUuid}/capacities",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 主存储UUID
        public let primaryStorageUuid: String

        /// 物理机UUID
        public let hostUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - primaryStorageUuid: 主存储UUID
        ///   - hostUuid: 物理机UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            primaryStorageUuid: String,
            hostUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.primaryStorageUuid = primaryStorageUuid
            self.hostUuid = hostUuid
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
            guard ZStackFieldwise.same(lhs.primaryStorageUuid, rhs.primaryStorageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.hostUuid, rhs.hostUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 主机本地存储云盘容量清单
    ///
    /// An ``InventoriesReply`` of ``ZStackJSONValue``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoriesReply<ZStackJSONValue>
}

nonisolated extension ZStackClient {
    /// 获取主机本地存储容量(GetLocalStorageHostDiskCapacity)
    ///
    /// 获取本地存储中物理机本地盘磁盘容量
    ///
    /// `GET /zstack/v1/primary-storage/local-storage/{primaryStorageUuid}/capacities`, synchronous, authorization
    /// required.
    ///
    /// - Parameters:
    ///   - primaryStorageUuid: 主存储UUID
    ///   - hostUuid: 物理机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 主机本地存储云盘容量清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getLocalStorageHostDiskCapacity(
        primaryStorageUuid: String,
        hostUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetLocalStorageHostDiskCapacity.Response {
        try await getLocalStorageHostDiskCapacity(
            GetLocalStorageHostDiskCapacity.Request(
                primaryStorageUuid: primaryStorageUuid,
                hostUuid: hostUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取主机本地存储容量(GetLocalStorageHostDiskCapacity)
    ///
    /// 获取本地存储中物理机本地盘磁盘容量
    ///
    /// `GET /zstack/v1/primary-storage/local-storage/{primaryStorageUuid}/capacities`, synchronous, authorization
    /// required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主机本地存储云盘容量清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getLocalStorageHostDiskCapacity(
        _ request: GetLocalStorageHostDiskCapacity.Request
    ) async throws -> GetLocalStorageHostDiskCapacity.Response {
        let call = ZStackRequestBuilder(operation: GetLocalStorageHostDiskCapacity.operation)
        call.setPathParameter("primaryStorageUuid", to: request.primaryStorageUuid)
        call.appendQueryItem("hostUuid", value: request.hostUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
