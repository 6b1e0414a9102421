import HTTPTypes

/// GetChainTask
///
/// 获取任务队列详情
///
/// `GET /zstack/v1/core/task-details`, synchronous, authorization required.
///
/// Category: core
public nonisolated enum GetChainTask {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetChainTask",
            method: .get,
            pathTemplate: "/zstack/v1/core/task-details",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `syncSignatures` field.
        public let syncSignatures: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - syncSignatures: The `syncSignatures` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(syncSignatures: [String]? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.syncSignatures = syncSignatures
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
            guard ZStackFieldwise.same(lhs.syncSignatures, rhs.syncSignatures) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取任务队列返回
    public final class Response: Codable, Sendable, Equatable {
        /// The `results` field.
        public let results: [String: ChainInfo]?

        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - results: The `results` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(results: [String: ChainInfo]? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.results = results
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.results = try object.optionalValue([String: ChainInfo].self, forKey: "results")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.results, forKey: "results")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
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
            guard ZStackFieldwise.same(lhs.results, rhs.results) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.error, rhs.error)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetChainTask
    ///
    /// 获取任务队列详情
    ///
    /// `GET /zstack/v1/core/task-details`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - syncSignatures: The `syncSignatures` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取任务队列返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getChainTask(
        syncSignatures: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetChainTask.Response {
        try await getChainTask(
            GetChainTask.Request(syncSignatures: syncSignatures, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetChainTask
    ///
    /// 获取任务队列详情
    ///
    /// `GET /zstack/v1/core/task-details`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取任务队列返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getChainTask(
        _ request: GetChainTask.Request
    ) async throws -> GetChainTask.Response {
        let call = ZStackRequestBuilder(operation: GetChainTask.operation)
        call.appendQueryItems("syncSignatures", values: request.syncSignatures)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
