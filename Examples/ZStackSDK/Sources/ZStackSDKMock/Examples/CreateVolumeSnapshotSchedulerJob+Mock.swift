public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateVolumeSnapshotSchedulerJob``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createVolumeSnapshotSchedulerJobExample = #"""
        {}
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createVolumeSnapshotSchedulerJob(
        _ request: CreateVolumeSnapshotSchedulerJob.Request
    ) async throws -> CreateVolumeSnapshotSchedulerJob.Response {
        try Self.example(CreateVolumeSnapshotSchedulerJob.Response.self, json: Self.createVolumeSnapshotSchedulerJobExample)
    }
}
