import HTTPTypes

/// 获取云主机可启动目的地列表(GetVmStartingCandidateClustersHosts)
///
/// 获取一个停止的云主机可以启动的集群、物理机列表。用户可以用该API判断一个停止可以在哪些集群、物理机上启动。
///
/// `GET /zstack/v1/vm-instances/{uuid}/starting-target-hosts`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetVmStartingCandidateClustersHosts {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetVmStartingCandidateClustersHosts",
            method: .get,
            pathTemplate: "/zstack/v1/vm-instances/{uuid}/starting-target-hosts",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    ///
    /// The same type as ``GetVmBootOrder/Request``: the inputs are the same.
    public typealias Request = GetVmBootOrder.Request

    /// 云主机可启动目的地结果
    public final class Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 云主机可启动的物理机清单
        public let hosts: [HostInventory]?

        /// 云主机可启动的集群清单
        public let clusters: [ClusterInventory]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - hosts: 云主机可启动的物理机清单
        ///   - clusters: 云主机可启动的集群清单
        public init(
            success: Bool? = nil,
            error: ErrorCode? = nil,
            hosts: [HostInventory]? = nil,
            clusters: [ClusterInventory]? = nil
        ) {
            self.success = success
            self.error = error
            self.hosts = hosts
            self.clusters = clusters
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.hosts = try object.optionalValue([HostInventory].self, forKey: "hosts")
            self.clusters = try object.optionalValue([ClusterInventory].self, forKey: "clusters")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.hosts, forKey: "hosts")
            try object.encodeValue(self.clusters, forKey: "clusters")
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
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            guard ZStackFieldwise.same(lhs.hosts, rhs.hosts) else { return false }
            return ZStackFieldwise.same(lhs.clusters, rhs.clusters)
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取云主机可启动目的地列表(GetVmStartingCandidateClustersHosts)
    ///
    /// 获取一个停止的云主机可以启动的集群、物理机列表。用户可以用该API判断一个停止可以在哪些集群、物理机上启动。
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/starting-target-hosts`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 云主机可启动目的地结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmStartingCandidateClustersHosts(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVmStartingCandidateClustersHosts.Response {
        try await getVmStartingCandidateClustersHosts(
            GetVmStartingCandidateClustersHosts.Request(uuid: uuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// 获取云主机可启动目的地列表(GetVmStartingCandidateClustersHosts)
    ///
    /// 获取一个停止的云主机可以启动的集群、物理机列表。用户可以用该API判断一个停止可以在哪些集群、物理机上启动。
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/starting-target-hosts`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机可启动目的地结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmStartingCandidateClustersHosts(
        _ request: GetVmStartingCandidateClustersHosts.Request
    ) async throws -> GetVmStartingCandidateClustersHosts.Response {
        let call = ZStackRequestBuilder(operation: GetVmStartingCandidateClustersHosts.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
