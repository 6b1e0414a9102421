import HTTPTypes

/// GetUploadImageJobDetails
///
/// 获取上传镜像任务详情
///
/// `GET /zstack/v1/images/upload-job/details/{imageId}`, synchronous, authorization required.
///
/// Category: image
public nonisolated enum GetUploadImageJobDetails {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetUploadImageJobDetails",
            method: .get,
            pathTemplate: "/zstack/v1/images/upload-job/details/{imageId}",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 上传镜像的唯一标识，由用户自定义，推荐使用 md5
        public let imageId: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - imageId: 上传镜像的唯一标识，由用户自定义，推荐使用 md5
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(imageId: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.imageId = imageId
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
            guard ZStackFieldwise.same(lhs.imageId, rhs.imageId) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取上传镜像任务详情结果
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 已存在的未完成任务详情
        public let existingJobDetails: [ZStackJSONValue]?

        /// The `success` field.
        public let success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - existingJobDetails: 已存在的未完成任务详情
        ///   - success: The `success` field.
        public init(error: ErrorCode? = nil, existingJobDetails: [ZStackJSONValue]? = nil, success: Bool? = nil) {
            self.error = error
            self.existingJobDetails = existingJobDetails
            self.success = success
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.existingJobDetails = try object.optionalValue([ZStackJSONValue].self, forKey: "existingJobDetails")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.existingJobDetails, forKey: "existingJobDetails")
            try object.encodeValue(self.success, forKey: "success")
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
            guard ZStackFieldwise.same(lhs.existingJobDetails, rhs.existingJobDetails) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetUploadImageJobDetails
    ///
    /// 获取上传镜像任务详情
    ///
    /// `GET /zstack/v1/images/upload-job/details/{imageId}`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - imageId: 上传镜像的唯一标识，由用户自定义，推荐使用 md5
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取上传镜像任务详情结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getUploadImageJobDetails(
        imageId: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetUploadImageJobDetails.Response {
        try await getUploadImageJobDetails(
            GetUploadImageJobDetails.Request(imageId: imageId, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetUploadImageJobDetails
    ///
    /// 获取上传镜像任务详情
    ///
    /// `GET /zstack/v1/images/upload-job/details/{imageId}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取上传镜像任务详情结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getUploadImageJobDetails(
        _ request: GetUploadImageJobDetails.Request
    ) async throws -> GetUploadImageJobDetails.Response {
        let call = ZStackRequestBuilder(operation: GetUploadImageJobDetails.operation)
        call.setPathParameter("imageId", to: request.imageId)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
