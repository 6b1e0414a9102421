import HTTPTypes

/// CheckElaborationContent
///
/// 检查错误码文件的格式
///
/// 检查错误码文件的格式
///
/// `POST /zstack/v1/errorcode/elaborations/check`, synchronous, authorization required.
///
/// Category: errorcode
public nonisolated enum CheckElaborationContent {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CheckElaborationContent",
            method: .post,
            pathTemplate: "/zstack/v1/errorcode/elaborations/check",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 要检查的文件内容，可以为一个目录
        public let elaborateFile: String?

        /// 要检查的文件内容，格式为json
        public let elaborateContent: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - elaborateFile: 要检查的文件内容，可以为一个目录
        ///   - elaborateContent: 要检查的文件内容，格式为json
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            elaborateFile: String? = nil,
            elaborateContent: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.elaborateFile = elaborateFile
            self.elaborateContent = elaborateContent
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
            guard ZStackFieldwise.same(lhs.elaborateFile, rhs.elaborateFile) else { return false }
            guard ZStackFieldwise.same(lhs.elaborateContent, rhs.elaborateContent) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 错误码文件检查结果
    ///
    /// A ``ResultsReply`` of ``ElaborationCheckResult``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `results`: 检查结果
    public typealias Response = ResultsReply<ElaborationCheckResult>
}

nonisolated extension ZStackClient {
    /// CheckElaborationContent
    ///
    /// 检查错误码文件的格式
    ///
    /// 检查错误码文件的格式
    ///
    /// `POST /zstack/v1/errorcode/elaborations/check`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - elaborateFile: 要检查的文件内容，可以为一个目录
    ///   - elaborateContent: 要检查的文件内容，格式为json
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 错误码文件检查结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkElaborationContent(
        elaborateFile: String? = nil,
        elaborateContent: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> CheckElaborationContent.Response {
        try await checkElaborationContent(
            CheckElaborationContent.Request(
                elaborateFile: elaborateFile,
                elaborateContent: elaborateContent,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// CheckElaborationContent
    ///
    /// 检查错误码文件的格式
    ///
    /// 检查错误码文件的格式
    ///
    /// `POST /zstack/v1/errorcode/elaborations/check`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 错误码文件检查结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func checkElaborationContent(
        _ request: CheckElaborationContent.Request
    ) async throws -> CheckElaborationContent.Response {
        let call = ZStackRequestBuilder(operation: CheckElaborationContent.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.elaborateFile, forKey: "elaborateFile")
                try wrapped.encodeValue(request.elaborateContent, forKey: "elaborateContent")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call)
    }
}
