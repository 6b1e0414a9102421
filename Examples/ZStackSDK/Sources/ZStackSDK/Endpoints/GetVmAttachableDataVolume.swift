import HTTPTypes

/// 获取云主机可加载云盘列表(GetVmAttachableDataVolume)
///
/// 获取一个云主机可以加载的云盘列表
///
/// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/data-volume-candidates`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetVmAttachableDataVolume {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetVmAttachableDataVolume",
        method: .get,
        pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/data-volume-candidates",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    ///
    /// The same type as ``GetCandidateIsoForAttachingVm/Request``: the inputs are the same.
    public typealias Request = GetCandidateIsoForAttachingVm.Request

    /// 可加载云盘
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `inventories` field.
        public let inventories: [VolumeInventory]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventories: The `inventories` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventories: [VolumeInventory]? = nil) {
            self.success = success
            self.error = error
            self.inventories = inventories
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.inventories = try object.optionalValue([VolumeInventory].self, forKey: "inventories")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.inventories, forKey: "inventories")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal((lhs.success, lhs.error, lhs.inventories), (rhs.success, rhs.error, rhs.inventories))
        }
    }
}

nonisolated extension ZStackClient {
    /// 获取云主机可加载云盘列表(GetVmAttachableDataVolume)
    ///
    /// 获取一个云主机可以加载的云盘列表
    ///
    /// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/data-volume-candidates`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 可加载云盘
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmAttachableDataVolume(
        vmInstanceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVmAttachableDataVolume.Response {
        try await getVmAttachableDataVolume(
            GetVmAttachableDataVolume.Request(
                vmInstanceUuid: vmInstanceUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取云主机可加载云盘列表(GetVmAttachableDataVolume)
    ///
    /// 获取一个云主机可以加载的云盘列表
    ///
    /// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/data-volume-candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 可加载云盘
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVmAttachableDataVolume(
        _ request: GetVmAttachableDataVolume.Request
    ) async throws -> GetVmAttachableDataVolume.Response {
        var call = ZStackRequestBuilder(operation: GetVmAttachableDataVolume.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
