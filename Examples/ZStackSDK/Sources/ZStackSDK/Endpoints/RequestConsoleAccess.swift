import HTTPTypes

/// RequestConsoleAccess
///
/// 请求控制台访问地址
///
/// 请求控制台访问地址
///
/// `POST /zstack/v1/consoles`, asynchronous, authorization required.
///
/// Category: console
public nonisolated enum RequestConsoleAccess {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RequestConsoleAccess",
            method: .post,
            pathTemplate: "/zstack/v1/consoles",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机UUID
        public let vmInstanceUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(vmInstanceUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.vmInstanceUuid = vmInstanceUuid
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
            guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 控制台清单
    ///
    /// An ``InventoryReply`` of ``ConsoleInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventory`: 控制台清单
    public typealias Response = InventoryReply<ConsoleInventory>
}

nonisolated extension ZStackClient {
    /// RequestConsoleAccess
    ///
    /// 请求控制台访问地址
    ///
    /// 请求控制台访问地址
    ///
    /// `POST /zstack/v1/consoles`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 控制台清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func requestConsoleAccess(
        vmInstanceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RequestConsoleAccess.Response {
        try await requestConsoleAccess(
            RequestConsoleAccess.Request(vmInstanceUuid: vmInstanceUuid, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// RequestConsoleAccess
    ///
    /// 请求控制台访问地址
    ///
    /// 请求控制台访问地址
    ///
    /// `POST /zstack/v1/consoles`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 控制台清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func requestConsoleAccess(
        _ request: RequestConsoleAccess.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RequestConsoleAccess.Response {
        let call = ZStackRequestBuilder(operation: RequestConsoleAccess.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.vmInstanceUuid, forKey: "vmInstanceUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
