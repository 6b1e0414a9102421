import HTTPTypes

/// 获取三层网络类型(GetL3NetworkTypes)
///
/// 获取三层网络类型
///
/// `GET /zstack/v1/l3-networks/types`, synchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum GetL3NetworkTypes {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetL3NetworkTypes",
            method: .get,
            pathTemplate: "/zstack/v1/l3-networks/types",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    ///
    /// The same type as ``GetBackupStorageTypes/Request``: the inputs are the same.
    public typealias Request = GetBackupStorageTypes.Request

    /// 网络类型清单
    ///
    /// The same type as ``GetL2NetworkTypes/Response``: the replies have the same fields.
    public typealias Response = GetL2NetworkTypes.Response
}

nonisolated extension ZStackClient {
    /// 获取三层网络类型(GetL3NetworkTypes)
    ///
    /// 获取三层网络类型
    ///
    /// `GET /zstack/v1/l3-networks/types`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 网络类型清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getL3NetworkTypes(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetL3NetworkTypes.Response {
        try await getL3NetworkTypes(
            GetL3NetworkTypes.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获取三层网络类型(GetL3NetworkTypes)
    ///
    /// 获取三层网络类型
    ///
    /// `GET /zstack/v1/l3-networks/types`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 网络类型清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getL3NetworkTypes(
        _ request: GetL3NetworkTypes.Request
    ) async throws -> GetL3NetworkTypes.Response {
        let call = ZStackRequestBuilder(operation: GetL3NetworkTypes.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
