import HTTPTypes

/// CleanQueue
///
/// 清理管理节点队列
///
/// `PUT /zstack/v1/clean/queue`, asynchronous, authorization required.
///
/// Category: debug
public nonisolated enum CleanQueue {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CleanQueue",
            method: .put,
            pathTemplate: "/zstack/v1/clean/queue",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `signatureName` field.
        public let signatureName: String

        /// The `taskIndex` field.
        public let taskIndex: Int?

        /// The `isCleanUp` field.
        public let isCleanUp: Bool?

        /// The `isRunningTask` field.
        public let isRunningTask: Bool?

        /// The `managementiUuid` field.
        public let managementiUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - signatureName: The `signatureName` field.
        ///   - taskIndex: The `taskIndex` field.
        ///   - isCleanUp: The `isCleanUp` field.
        ///   - isRunningTask: The `isRunningTask` field.
        ///   - managementiUuid: The `managementiUuid` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            signatureName: String,
            taskIndex: Int? = nil,
            isCleanUp: Bool? = nil,
            isRunningTask: Bool? = nil,
            managementiUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.signatureName = signatureName
            self.taskIndex = taskIndex
            self.isCleanUp = isCleanUp
            self.isRunningTask = isRunningTask
            self.managementiUuid = managementiUuid
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
            guard ZStackFieldwise.same(lhs.signatureName, rhs.signatureName) else { return false }
            guard ZStackFieldwise.same(lhs.taskIndex, rhs.taskIndex) else { return false }
            guard ZStackFieldwise.same(lhs.isCleanUp, rhs.isCleanUp) else { return false }
            guard ZStackFieldwise.same(lhs.isRunningTask, rhs.isRunningTask) else { return false }
            guard ZStackFieldwise.same(lhs.managementiUuid, rhs.managementiUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 清理管理节点队列的结果
    public final class Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(success: Bool? = nil, error: ErrorCode? = nil) {
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
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
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.error, rhs.error)
        }
    }
}

nonisolated extension ZStackClient {
    /// CleanQueue
    ///
    /// 清理管理节点队列
    ///
    /// `PUT /zstack/v1/clean/queue`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - signatureName: The `signatureName` field.
    ///   - taskIndex: The `taskIndex` field.
    ///   - isCleanUp: The `isCleanUp` field.
    ///   - isRunningTask: The `isRunningTask` field.
    ///   - managementiUuid: The `managementiUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 清理管理节点队列的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func cleanQueue(
        signatureName: String,
        taskIndex: Int? = nil,
        isCleanUp: Bool? = nil,
        isRunningTask: Bool? = nil,
        managementiUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CleanQueue.Response {
        try await cleanQueue(
            CleanQueue.Request(
                signatureName: signatureName,
                taskIndex: taskIndex,
                isCleanUp: isCleanUp,
                isRunningTask: isRunningTask,
                managementiUuid: managementiUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CleanQueue
    ///
    /// 清理管理节点队列
    ///
    /// `PUT /zstack/v1/clean/queue`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 清理管理节点队列的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func cleanQueue(
        _ request: CleanQueue.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CleanQueue.Response {
        let call = ZStackRequestBuilder(operation: CleanQueue.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "cleanQueue") { wrapped in
                try wrapped.encodeValue(request.signatureName, forKey: "signatureName")
                try wrapped.encodeValue(request.taskIndex, forKey: "taskIndex")
                try wrapped.encodeValue(request.isCleanUp, forKey: "isCleanUp")
                try wrapped.encodeValue(request.isRunningTask, forKey: "isRunningTask")
                try wrapped.encodeValue(request.managementiUuid, forKey: "managementiUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
