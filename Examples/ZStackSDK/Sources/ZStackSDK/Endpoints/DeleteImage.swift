import HTTPTypes

/// 删除镜像(DeleteImage)
///
/// 删除镜像
///
/// `DELETE /zstack/v1/images/{uuid}`, asynchronous, authorization required.
///
/// Category: image
public nonisolated enum DeleteImage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "DeleteImage",
            method: .delete,
            pathTemplate: "/zstack/v1/images/{uuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 镜像的UUID，唯一标示该镜像
        public let uuid: String

        /// 镜像服务器UUID列表
        public let backupStorageUuids: [String]?

        /// 删除模式(Permissive 或者 Enforcing, 默认 Permissive)
        public let deleteMode: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 镜像的UUID，唯一标示该镜像
        ///   - backupStorageUuids: 镜像服务器UUID列表
        ///   - deleteMode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive)
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            backupStorageUuids: [String]? = nil,
            deleteMode: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.backupStorageUuids = backupStorageUuids
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.backupStorageUuids, rhs.backupStorageUuids) else { return false }
            guard ZStackFieldwise.same(lhs.deleteMode, rhs.deleteMode) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 删除镜像
    ///
    /// The same type as ``AddPolicyStatementsToRole/Response``: the replies have the same fields.
    public typealias Response = AddPolicyStatementsToRole.Response
}

nonisolated extension ZStackClient {
    /// 删除镜像(DeleteImage)
    ///
    /// 删除镜像
    ///
    /// `DELETE /zstack/v1/images/{uuid}`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 镜像的UUID，唯一标示该镜像
    ///   - backupStorageUuids: 镜像服务器UUID列表
    ///   - deleteMode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive)
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除镜像
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteImage(
        uuid: String,
        backupStorageUuids: [String]? = nil,
        deleteMode: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteImage.Response {
        try await deleteImage(
            DeleteImage.Request(
                uuid: uuid,
                backupStorageUuids: backupStorageUuids,
                deleteMode: deleteMode,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 删除镜像(DeleteImage)
    ///
    /// 删除镜像
    ///
    /// `DELETE /zstack/v1/images/{uuid}`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除镜像
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func deleteImage(
        _ request: DeleteImage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DeleteImage.Response {
        let call = ZStackRequestBuilder(operation: DeleteImage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItems("backupStorageUuids", values: request.backupStorageUuids)
        call.appendQueryItem("deleteMode", value: request.deleteMode)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
