import HTTPTypes

/// GetVipUsedPorts
///
/// 在这里填写API描述
///
/// `GET /zstack/v1/vips/{uuid}/usedports`, synchronous, authorization required.
///
/// Category: virtualRouter
public nonisolated enum GetVipUsedPorts {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetVipUsedPorts",
        method: .get,
        pathTemplate: "/zstack/v1/vips/{uuid}/usedports",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// The `protocol` field.
        public let `protocol`: GetVipUsedPortsProtocolValue

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - protocol: The `protocol` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            uuid: String,
            protocol: GetVipUsedPortsProtocolValue,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.protocol = `protocol`
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `inventories` field.
        public let inventories: [ZStackJSONValue]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventories: The `inventories` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventories: [ZStackJSONValue]? = nil) {
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
            self.inventories = try object.optionalValue([ZStackJSONValue].self, forKey: "inventories")
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
    }
}

nonisolated extension ZStackClient {
    /// GetVipUsedPorts
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/vips/{uuid}/usedports`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - protocol: The `protocol` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVipUsedPorts(
        uuid: String,
        protocol: GetVipUsedPortsProtocolValue,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVipUsedPorts.Response {
        try await getVipUsedPorts(
            GetVipUsedPorts.Request(uuid: uuid, protocol: `protocol`, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetVipUsedPorts
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/vips/{uuid}/usedports`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVipUsedPorts(
        _ request: GetVipUsedPorts.Request
    ) async throws -> GetVipUsedPorts.Response {
        var call = ZStackRequestBuilder(operation: GetVipUsedPorts.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItem("protocol", value: request.protocol.rawValue)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
