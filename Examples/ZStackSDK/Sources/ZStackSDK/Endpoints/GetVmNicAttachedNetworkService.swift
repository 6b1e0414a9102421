import HTTPTypes

/// 获取网卡加载的网络服务名称(GetVmNicAttachedNetworkService)
///
/// 获取一个网卡已加载的网络服务名称
///
/// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/attached-networkservices`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetVmNicAttachedNetworkService {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetVmNicAttachedNetworkService",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances/nics/{vmNicUuid}/attached-networkservices",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    ///
    /// The same type as ``GetCandidateL3NetworksForChangeVmNicNetwork/Request``: the inputs are the same.
    public typealias Request = GetCandidateL3NetworksForChangeVmNicNetwork.Request

    /// 网卡已加载的网络服务名称
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `success` field.
        public let success: Bool?

        /// The `networkServices` field.
        public let networkServices: [String]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - networkServices: The `networkServices` field.
        public init(error: ErrorCode? = nil, success: Bool? = nil, networkServices: [String]? = nil) {
            self.error = error
            self.success = success
            self.networkServices = networkServices
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.networkServices = try object.optionalValue([String].self, forKey: "networkServices")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.networkServices, forKey: "networkServices")
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
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.networkServices, rhs.networkServices)
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取网卡加载的网络服务名称(GetVmNicAttachedNetworkService)
    ///
    /// 获取一个网卡已加载的网络服务名称
    ///
    /// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/attached-networkservices`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 网卡已加载的网络服务名称
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmNicAttachedNetworkService(
        vmNicUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVmNicAttachedNetworkService.Response {
        try await getVmNicAttachedNetworkService(
            GetVmNicAttachedNetworkService.Request(vmNicUuid: vmNicUuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获取网卡加载的网络服务名称(GetVmNicAttachedNetworkService)
    ///
    /// 获取一个网卡已加载的网络服务名称
    ///
    /// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/attached-networkservices`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 网卡已加载的网络服务名称
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmNicAttachedNetworkService(
        _ request: GetVmNicAttachedNetworkService.Request
    ) async throws -> GetVmNicAttachedNetworkService.Response {
        let call = ZStackRequestBuilder(operation: GetVmNicAttachedNetworkService.operation)
        call.setPathParameter("vmNicUuid", to: request.vmNicUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
