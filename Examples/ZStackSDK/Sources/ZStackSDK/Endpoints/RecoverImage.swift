import HTTPTypes

/// 恢复镜像(RecoverImage)
///
/// 恢复被删除（但未彻底删除）的镜像
///
/// `PUT /zstack/v1/images/{imageUuid}/actions`, asynchronous, authorization required.
///
/// Category: image
public nonisolated enum RecoverImage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RecoverImage",
            method: .put,
            pathTemplate: "/zstack/v1/images/{imageUuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 镜像UUID
        public let imageUuid: String

        /// 镜像服务器UUID列表
        public let backupStorageUuids: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - imageUuid: 镜像UUID
        ///   - backupStorageUuids: 镜像服务器UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            imageUuid: String,
            backupStorageUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.imageUuid = imageUuid
            self.backupStorageUuids = backupStorageUuids
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
            guard ZStackFieldwise.same(lhs.imageUuid, rhs.imageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.backupStorageUuids, rhs.backupStorageUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 镜像清单
    ///
    /// An ``InventoryReply`` of ``ImageInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<ImageInventory>
}

nonisolated extension ZStackClient {
    /// 恢复镜像(RecoverImage)
    ///
    /// 恢复被删除（但未彻底删除）的镜像
    ///
    /// `PUT /zstack/v1/images/{imageUuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - imageUuid: 镜像UUID
    ///   - backupStorageUuids: 镜像服务器UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func recoverImage(
        imageUuid: String,
        backupStorageUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RecoverImage.Response {
        try await recoverImage(
            RecoverImage.Request(
                imageUuid: imageUuid,
                backupStorageUuids: backupStorageUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 恢复镜像(RecoverImage)
    ///
    /// 恢复被删除（但未彻底删除）的镜像
    ///
    /// `PUT /zstack/v1/images/{imageUuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func recoverImage(
        _ request: RecoverImage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RecoverImage.Response {
        let call = ZStackRequestBuilder(operation: RecoverImage.operation)
        call.setPathParameter("imageUuid", to: request.imageUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "recoverImage") { wrapped in
                try wrapped.encodeValue(request.backupStorageUuids, forKey: "backupStorageUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
