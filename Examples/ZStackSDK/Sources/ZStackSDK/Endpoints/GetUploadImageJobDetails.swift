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
    public static let operation = ZStackOperation(
        id: "GetUploadImageJobDetails",
        method: .get,
        pathTemplate: "/zstack/v1/images/upload-job/details/{imageId}",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 上传镜像的唯一标识，由用户自定义，推荐使用 md5
        public var imageId: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

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
    }

    /// 获取上传镜像任务详情结果
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 已存在的未完成任务详情
        public var existingJobDetails: [ZStackJSONValue]?

        /// The `success` field.
        public var success: Bool?

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

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case existingJobDetails = "existingJobDetails"
            case success = "success"
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
        var call = ZStackRequestBuilder(operation: GetUploadImageJobDetails.operation)
        call.setPathParameter("imageId", to: request.imageId)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
