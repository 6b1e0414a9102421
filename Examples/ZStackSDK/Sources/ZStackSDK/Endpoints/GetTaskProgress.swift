import HTTPTypes

/// GetTaskProgress
///
/// 获取任务进度
///
/// `GET /zstack/v1/task-progresses/{apiId}`, synchronous, authorization required.
///
/// Category: core.progress
public nonisolated enum GetTaskProgress {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetTaskProgress",
        method: .get,
        pathTemplate: "/zstack/v1/task-progresses/{apiId}",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 任务对应的API ID
        public let apiId: String

        /// 指定获取所有进度信息
        public let all: Bool?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - apiId: 任务对应的API ID
        ///   - all: 指定获取所有进度信息
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(apiId: String, all: Bool? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.apiId = apiId
            self.all = all
            self.systemTags = systemTags
            self.userTags = userTags
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal(
                (lhs.apiId, lhs.all, lhs.systemTags, lhs.userTags),
                (rhs.apiId, rhs.all, rhs.systemTags, rhs.userTags)
            )
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `inventories` field.
        public let inventories: [TaskProgressInventory]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventories: The `inventories` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventories: [TaskProgressInventory]? = nil) {
            self.success = success
            self.error = error
            self.inventories = inventories
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.inventories = try object.optionalValue([TaskProgressInventory].self, forKey: "inventories")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.inventories, forKey: "inventories")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal((lhs.success, lhs.error, lhs.inventories), (rhs.success, rhs.error, rhs.inventories))
        }
    }
}

nonisolated extension ZStackClient {
    /// GetTaskProgress
    ///
    /// 获取任务进度
    ///
    /// `GET /zstack/v1/task-progresses/{apiId}`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - apiId: 任务对应的API ID
    ///   - all: 指定获取所有进度信息
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getTaskProgress(
        apiId: String,
        all: Bool? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetTaskProgress.Response {
        try await getTaskProgress(
            GetTaskProgress.Request(apiId: apiId, all: all, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetTaskProgress
    ///
    /// 获取任务进度
    ///
    /// `GET /zstack/v1/task-progresses/{apiId}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getTaskProgress(
        _ request: GetTaskProgress.Request
    ) async throws -> GetTaskProgress.Response {
        var call = ZStackRequestBuilder(operation: GetTaskProgress.operation)
        call.setPathParameter("apiId", to: request.apiId)
        call.appendQueryItem("all", describing: request.all)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
