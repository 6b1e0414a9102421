import HTTPTypes

/// ReloadElaboration
///
/// 重新加载系统错误码文件
///
/// 重新加载系统错误码文件
///
/// `PUT /zstack/v1/errorcode/actions`, asynchronous, authorization required.
///
/// Category: errorcode
public nonisolated enum ReloadElaboration {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ReloadElaboration",
            method: .put,
            pathTemplate: "/zstack/v1/errorcode/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(systemTags: [String]? = nil, userTags: [String]? = nil) {
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
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 重新加载系统错误码文件结果
    ///
    /// The same type as ``DeleteVmBootMode/Response``: the replies have the same fields.
    public typealias Response = DeleteVmBootMode.Response
}

nonisolated extension ZStackClient {
    /// ReloadElaboration
    ///
    /// 重新加载系统错误码文件
    ///
    /// 重新加载系统错误码文件
    ///
    /// `PUT /zstack/v1/errorcode/actions`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 重新加载系统错误码文件结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func reloadElaboration(
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ReloadElaboration.Response {
        try await reloadElaboration(
            ReloadElaboration.Request(systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// ReloadElaboration
    ///
    /// 重新加载系统错误码文件
    ///
    /// 重新加载系统错误码文件
    ///
    /// `PUT /zstack/v1/errorcode/actions`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 重新加载系统错误码文件结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func reloadElaboration(
        _ request: ReloadElaboration.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ReloadElaboration.Response {
        let call = ZStackRequestBuilder(operation: ReloadElaboration.operation)
        call.jsonBody = ZStackJSONBody { body in
            body.encodeObject(forKey: "reloadElaboration") { _ in }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
