public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetPrimaryStorageUsageReport``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getPrimaryStorageUsageReportExample = #"""
        {
          "uriUsageForecast": {
            "key": {
              "usedPhysicalCapacitiesForecast": [
                1
              ],
              "UsedPhysicalCapacitiesHistory": [
                {}
              ],
              "TotalPhysicalCapacitiesHistory": [
                {}
              ],
              "startTime": 1,
              "interval": 1
            }
          },
          "usageReport": {
            "usedPhysicalCapacitiesForecast": [
              1
            ],
            "UsedPhysicalCapacitiesHistory": [
              {}
            ],
            "TotalPhysicalCapacitiesHistory": [
              {}
            ],
            "startTime": 1,
            "interval": 1
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getPrimaryStorageUsageReport(
        _ request: GetPrimaryStorageUsageReport.Request
    ) async throws -> GetPrimaryStorageUsageReport.Response {
        try Self.example(GetPrimaryStorageUsageReport.Response.self, json: Self.getPrimaryStorageUsageReportExample)
    }
}
