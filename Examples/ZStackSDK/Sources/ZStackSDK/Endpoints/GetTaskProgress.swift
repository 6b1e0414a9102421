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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetTaskProgress",
            method: .get,
            pathTemplate: "/zstack/v1/task-progresses/{apiId}",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
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
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.apiId, rhs.apiId) else { return false }
            guard ZStackFieldwise.same(lhs.all, rhs.all) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The reply's fields.
    ///
    /// An ``InventoriesReply`` of ``TaskProgressInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoriesReply<TaskProgressInventory>
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
        let call = ZStackRequestBuilder(operation: GetTaskProgress.operation)
        call.setPathParameter("apiId", to: request.apiId)
        call.appendQueryItem("all", describing: request.all)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
