import HTTPTypes

/// CleanUpTrashOnPrimaryStorage
///
/// 清理主存储上的回收数据
///
/// `PUT /zstack/v1/primary-storage/{uuid}/trash/actions`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum CleanUpTrashOnPrimaryStorage {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CleanUpTrashOnPrimaryStorage",
            method: .put,
            pathTemplate: "/zstack/v1/primary-storage/{uuid}/trash/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 主存储UUID
        public let uuid: String

        /// 单独清理的id
        public let trashId: Int64?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 主存储UUID
        ///   - trashId: 单独清理的id
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, trashId: Int64? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.trashId = trashId
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
            guard ZStackFieldwise.same(lhs.trashId, rhs.trashId) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 清理主存储上的回收数据结果
    public final class Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 清理数据返回信息
        public let result: CleanTrashResult?

        /// 清理数据返回信息
        public let results: [TrashCleanupResult]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - result: 清理数据返回信息
        ///   - results: 清理数据返回信息
        public init(
            success: Bool? = nil,
            error: ErrorCode? = nil,
            result: CleanTrashResult? = nil,
            results: [TrashCleanupResult]? = nil
        ) {
            self.success = success
            self.error = error
            self.result = result
            self.results = results
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.result = try object.optionalValue(CleanTrashResult.self, forKey: "result")
            self.results = try object.optionalValue([TrashCleanupResult].self, forKey: "results")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.result, forKey: "result")
            try object.encodeValue(self.results, forKey: "results")
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
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            guard ZStackFieldwise.same(lhs.result, rhs.result) else { return false }
            return ZStackFieldwise.same(lhs.results, rhs.results)
        }
    }
}

nonisolated extension ZStackClient {
    /// CleanUpTrashOnPrimaryStorage
    ///
    /// 清理主存储上的回收数据
    ///
    /// `PUT /zstack/v1/primary-storage/{uuid}/trash/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 主存储UUID
    ///   - trashId: 单独清理的id
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 清理主存储上的回收数据结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func cleanUpTrashOnPrimaryStorage(
        uuid: String,
        trashId: Int64? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CleanUpTrashOnPrimaryStorage.Response {
        try await cleanUpTrashOnPrimaryStorage(
            CleanUpTrashOnPrimaryStorage.Request(
                uuid: uuid,
                trashId: trashId,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CleanUpTrashOnPrimaryStorage
    ///
    /// 清理主存储上的回收数据
    ///
    /// `PUT /zstack/v1/primary-storage/{uuid}/trash/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 清理主存储上的回收数据结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func cleanUpTrashOnPrimaryStorage(
        _ request: CleanUpTrashOnPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CleanUpTrashOnPrimaryStorage.Response {
        let call = ZStackRequestBuilder(operation: CleanUpTrashOnPrimaryStorage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "cleanUpTrashOnPrimaryStorage") { wrapped in
                try wrapped.encodeValue(request.trashId, forKey: "trashId")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
