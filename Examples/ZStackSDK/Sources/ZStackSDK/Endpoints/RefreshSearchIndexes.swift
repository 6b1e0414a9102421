import HTTPTypes

/// RefreshSearchIndexes
///
/// 重新生成索引
///
/// `GET /zstack/v1/search/indexes/refresh`, synchronous, authorization required.
///
/// Category: search
public nonisolated enum RefreshSearchIndexes {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RefreshSearchIndexes",
            method: .get,
            pathTemplate: "/zstack/v1/search/indexes/refresh",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    ///
    /// The same type as ``GetBackupStorageTypes/Request``: the inputs are the same.
    public typealias Request = GetBackupStorageTypes.Request

    /// 重新生成索引返回
    ///
    /// The same type as ``AddPolicyStatementsToRole/Response``: the replies have the same fields.
    public typealias Response = AddPolicyStatementsToRole.Response
}

nonisolated extension ZStackClient {
    /// RefreshSearchIndexes
    ///
    /// 重新生成索引
    ///
    /// `GET /zstack/v1/search/indexes/refresh`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 重新生成索引返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func refreshSearchIndexes(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> RefreshSearchIndexes.Response {
        try await refreshSearchIndexes(
            RefreshSearchIndexes.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// RefreshSearchIndexes
    ///
    /// 重新生成索引
    ///
    /// `GET /zstack/v1/search/indexes/refresh`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 重新生成索引返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func refreshSearchIndexes(
        _ request: RefreshSearchIndexes.Request
    ) async throws -> RefreshSearchIndexes.Response {
        let call = ZStackRequestBuilder(operation: RefreshSearchIndexes.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
