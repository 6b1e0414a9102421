import HTTPTypes

/// CalculateImageHash
///
/// 计算镜像的MD5值
///
/// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: image
public nonisolated enum CalculateImageHash {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CalculateImageHash",
            method: .put,
            pathTemplate: "/zstack/v1/images/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 镜像存储UUID
        public let backupStorageUuid: String

        /// The `algorithm` field.
        public let algorithm: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - backupStorageUuid: 镜像存储UUID
        ///   - algorithm: The `algorithm` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            backupStorageUuid: String,
            algorithm: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.backupStorageUuid = backupStorageUuid
            self.algorithm = algorithm
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
            guard ZStackFieldwise.same(lhs.backupStorageUuid, rhs.backupStorageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.algorithm, rhs.algorithm) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取镜像MD5值返回
    ///
    /// An ``InventoryReply`` of ``ImageInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<ImageInventory>
}

nonisolated extension ZStackClient {
    /// CalculateImageHash
    ///
    /// 计算镜像的MD5值
    ///
    /// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - backupStorageUuid: 镜像存储UUID
    ///   - algorithm: The `algorithm` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取镜像MD5值返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func calculateImageHash(
        uuid: String,
        backupStorageUuid: String,
        algorithm: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CalculateImageHash.Response {
        try await calculateImageHash(
            CalculateImageHash.Request(
                uuid: uuid,
                backupStorageUuid: backupStorageUuid,
                algorithm: algorithm,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CalculateImageHash
    ///
    /// 计算镜像的MD5值
    ///
    /// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取镜像MD5值返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func calculateImageHash(
        _ request: CalculateImageHash.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CalculateImageHash.Response {
        let call = ZStackRequestBuilder(operation: CalculateImageHash.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "calculateImageHash") { wrapped in
                try wrapped.encodeValue(request.backupStorageUuid, forKey: "backupStorageUuid")
                try wrapped.encodeValue(request.algorithm, forKey: "algorithm")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
