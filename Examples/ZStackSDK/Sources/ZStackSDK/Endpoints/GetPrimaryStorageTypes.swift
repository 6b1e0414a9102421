import HTTPTypes

/// 获取主存储类型列表(GetPrimaryStorageTypes)
///
/// 获取主存储类型列表
///
/// `GET /zstack/v1/primary-storage/types`, synchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum GetPrimaryStorageTypes {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetPrimaryStorageTypes",
            method: .get,
            pathTemplate: "/zstack/v1/primary-storage/types",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    ///
    /// The same type as ``GetBackupStorageTypes/Request``: the inputs are the same.
    public typealias Request = GetBackupStorageTypes.Request

    /// 存存储类型列表
    ///
    /// The same type as ``GetL2NetworkTypes/Response``: the replies have the same fields.
    public typealias Response = GetL2NetworkTypes.Response
}

nonisolated extension ZStackClient {
    /// 获取主存储类型列表(GetPrimaryStorageTypes)
    ///
    /// 获取主存储类型列表
    ///
    /// `GET /zstack/v1/primary-storage/types`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 存存储类型列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getPrimaryStorageTypes(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetPrimaryStorageTypes.Response {
        try await getPrimaryStorageTypes(
            GetPrimaryStorageTypes.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获取主存储类型列表(GetPrimaryStorageTypes)
    ///
    /// 获取主存储类型列表
    ///
    /// `GET /zstack/v1/primary-storage/types`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 存存储类型列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getPrimaryStorageTypes(
        _ request: GetPrimaryStorageTypes.Request
    ) async throws -> GetPrimaryStorageTypes.Response {
        let call = ZStackRequestBuilder(operation: GetPrimaryStorageTypes.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
