import ZStackSDK

/// The server side of ``CreateVolumeSnapshotSchedulerJob``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/volumes/{volumeUuid}/schedulers/creating-volume-snapshots`, asynchronous.
nonisolated enum CreateVolumeSnapshotSchedulerJobServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVolumeSnapshotSchedulerJob.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateVolumeSnapshotSchedulerJob.Request(
                volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                snapShotName: try call.required(body.wrapped?.snapShotName, .bodyField("params.snapShotName")),
                schedulerName: try call.required(body.wrapped?.schedulerName, .bodyField("params.schedulerName")),
                type: try call.required(body.wrapped?.type, .bodyField("params.type")),
                volumeSnapshotDescription: body.wrapped?.volumeSnapshotDescription,
                schedulerDescription: body.wrapped?.schedulerDescription,
                interval: body.wrapped?.interval,
                repeatCount: body.wrapped?.repeatCount,
                startTime: body.wrapped?.startTime,
                cron: body.wrapped?.cron,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.createVolumeSnapshotSchedulerJob(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [ZStackJSONValue]?
        let userTags: [ZStackJSONValue]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
            self.systemTags = try object.optionalValue([ZStackJSONValue].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([ZStackJSONValue].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let snapShotName: String?
            let volumeSnapshotDescription: String?
            let schedulerName: String?
            let schedulerDescription: String?
            let type: CreateVolumeSnapshotSchedulerJobTypeValue?
            let interval: Int?
            let repeatCount: Int?
            let startTime: Int64?
            let cron: String?
            let resourceUuid: String?
            let systemTags: [ZStackJSONValue]?
            let userTags: [ZStackJSONValue]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.snapShotName = try object.optionalValue(String.self, forKey: "snapShotName")
                self.volumeSnapshotDescription = try object.optionalValue(
                    String.self,
                    forKey: "volumeSnapshotDescription"
                )
                self.schedulerName = try object.optionalValue(String.self, forKey: "schedulerName")
                self.schedulerDescription = try object.optionalValue(String.self, forKey: "schedulerDescription")
                self.type = try object.optionalValue(CreateVolumeSnapshotSchedulerJobTypeValue.self, forKey: "type")
                self.interval = try object.optionalValue(Int.self, forKey: "interval")
                self.repeatCount = try object.optionalValue(Int.self, forKey: "repeatCount")
                self.startTime = try object.optionalValue(Int64.self, forKey: "startTime")
                self.cron = try object.optionalValue(String.self, forKey: "cron")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([ZStackJSONValue].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([ZStackJSONValue].self, forKey: "userTags")
            }
        }
    }
}
