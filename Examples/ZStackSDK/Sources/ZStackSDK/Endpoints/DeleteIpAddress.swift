import HTTPTypes

/// DeleteIpAddress
///
/// 删除IP地址
///
/// `DELETE /zstack/v1/l3-networks/{l3NetworkUuid}/ip-address`, asynchronous, authorization required.
///
/// Category: 未知类别
public nonisolated enum DeleteIpAddress {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DeleteIpAddress",
            method: .delete,
            pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/ip-address",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 三层网络UUID
        public let l3NetworkUuid: String

        /// 被删除地址Uuid
        public let usedIpUuids: [String]

        /// 删除模式(Permissive / Enforcing，Permissive)
        public let deleteMode: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - usedIpUuids: 被删除地址Uuid
        ///   - deleteMode: 删除模式(Permissive / Enforcing，Permissive)
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            l3NetworkUuid: String,
            usedIpUuids: [String],
            deleteMode: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.usedIpUuids = usedIpUuids
            self.deleteMode = deleteMode
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
            guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.usedIpUuids, rhs.usedIpUuids) else { return false }
            guard ZStackFieldwise.same(lhs.deleteMode, rhs.deleteMode) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 删除IP地址
    ///
    /// The same type as ``AddStorageProtocol/Response``: the replies have the same fields.
    public typealias Response = AddStorageProtocol.Response
}

nonisolated extension ZStackClient {
    /// DeleteIpAddress
    ///
    /// 删除IP地址
    ///
    /// `DELETE /zstack/v1/l3-networks/{l3NetworkUuid}/ip-address`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - usedIpUuids: 被删除地址Uuid
    ///   - deleteMode: 删除模式(Permissive / Enforcing，Permissive)
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除IP地址
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteIpAddress(
        l3NetworkUuid: String,
        usedIpUuids: [String],
        deleteMode: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteIpAddress.Response {
        try await deleteIpAddress(
            DeleteIpAddress.Request(
                l3NetworkUuid: l3NetworkUuid,
                usedIpUuids: usedIpUuids,
                deleteMode: deleteMode,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// DeleteIpAddress
    ///
    /// 删除IP地址
    ///
    /// `DELETE /zstack/v1/l3-networks/{l3NetworkUuid}/ip-address`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除IP地址
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteIpAddress(
        _ request: DeleteIpAddress.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteIpAddress.Response {
        let call = ZStackRequestBuilder(operation: DeleteIpAddress.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.appendQueryItems("usedIpUuids", values: request.usedIpUuids)
        call.appendQueryItem("deleteMode", value: request.deleteMode)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
