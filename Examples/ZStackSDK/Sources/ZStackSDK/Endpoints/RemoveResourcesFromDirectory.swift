import HTTPTypes

/// RemoveResourcesFromDirectory
///
/// 资源从指定目录中移除
///
/// `DELETE /zstack/v1/remove/resources/directory`, asynchronous, authorization required.
///
/// Category: directory
public nonisolated enum RemoveResourcesFromDirectory {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RemoveResourcesFromDirectory",
            method: .delete,
            pathTemplate: "/zstack/v1/remove/resources/directory",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 批量资源UUID
        public let resourceUuids: [String]

        /// 目录UUID
        public let directoryUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - resourceUuids: 批量资源UUID
        ///   - directoryUuid: 目录UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            resourceUuids: [String],
            directoryUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.resourceUuids = resourceUuids
            self.directoryUuid = directoryUuid
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
            guard ZStackFieldwise.same(lhs.resourceUuids, rhs.resourceUuids) else { return false }
            guard ZStackFieldwise.same(lhs.directoryUuid, rhs.directoryUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 资源从指定目录中移除返回
    ///
    /// The same type as ``AddResourcesToDirectory/Response``: the replies have the same fields.
    public typealias Response = AddResourcesToDirectory.Response
}

nonisolated extension ZStackClient {
    /// RemoveResourcesFromDirectory
    ///
    /// 资源从指定目录中移除
    ///
    /// `DELETE /zstack/v1/remove/resources/directory`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - resourceUuids: 批量资源UUID
    ///   - directoryUuid: 目录UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 资源从指定目录中移除返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeResourcesFromDirectory(
        resourceUuids: [String],
        directoryUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveResourcesFromDirectory.Response {
        try await removeResourcesFromDirectory(
            RemoveResourcesFromDirectory.Request(
                resourceUuids: resourceUuids,
                directoryUuid: directoryUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// RemoveResourcesFromDirectory
    ///
    /// 资源从指定目录中移除
    ///
    /// `DELETE /zstack/v1/remove/resources/directory`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 资源从指定目录中移除返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeResourcesFromDirectory(
        _ request: RemoveResourcesFromDirectory.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveResourcesFromDirectory.Response {
        let call = ZStackRequestBuilder(operation: RemoveResourcesFromDirectory.operation)
        call.appendQueryItems("resourceUuids", values: request.resourceUuids)
        call.appendQueryItem("directoryUuid", value: request.directoryUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
