public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CheckVolumeSnapshotGroupAvailability``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let checkVolumeSnapshotGroupAvailabilityExample = #"""
        {
          "success": true,
          "results": [
            {
              "uuid": "bcb7de4e8fd09f803c7094e850e36a1b",
              "available": true,
              "reason": "reason"
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func checkVolumeSnapshotGroupAvailability(
        _ request: CheckVolumeSnapshotGroupAvailability.Request
    ) async throws -> CheckVolumeSnapshotGroupAvailability.Response {
        try Self.example(CheckVolumeSnapshotGroupAvailability.Response.self, json: Self.checkVolumeSnapshotGroupAvailabilityExample)
    }
}
